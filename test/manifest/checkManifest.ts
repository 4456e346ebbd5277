import { orderProblems, RESID_COLLECTION, SCHEMA_ORDER, type ChildSequence } from "./schemaOrder";

/** Structural problems in a task pane add-in manifest, as readable strings; empty when none. Needs a DOMParser (jsdom). */
export function manifestProblems(xml: string): string[] {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const parseError = doc.getElementsByTagName("parsererror")[0];
  if (parseError) return [`not well-formed XML: ${parseError.textContent ?? ""}`];
  const root = doc.documentElement;
  return [...orderOf(root), ...residProblems(root), ...urlProblems(root), ...sharedRuntimeProblems(root)];
}

export function children(element: Element): Element[] {
  return Array.from(element.children);
}

export function child(element: Element | undefined, name: string): Element | undefined {
  return element ? children(element).find((c) => c.localName === name) : undefined;
}

function xsiType(element: Element): string | null {
  return element.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");
}

/** Walks the parts of the manifest we use and checks each element's children against the schema order. */
function orderOf(root: Element): string[] {
  const problems: string[] = [];
  const check = (element: Element | undefined, sequence: ChildSequence, where: string): void => {
    if (element) problems.push(...orderProblems(children(element).map((c) => c.localName), sequence, where));
  };
  if (root.localName !== "OfficeApp" || xsiType(root) !== "TaskPaneApp") problems.push("root must be <OfficeApp xsi:type=\"TaskPaneApp\">");
  check(root, SCHEMA_ORDER.taskPaneApp, "OfficeApp");
  check(child(root, "Requirements"), SCHEMA_ORDER.requirements, "Requirements");
  check(child(child(root, "Requirements"), "Sets"), SCHEMA_ORDER.sets, "Requirements/Sets");
  const overrides = child(root, "VersionOverrides");
  check(overrides, SCHEMA_ORDER.versionOverrides, "VersionOverrides");
  check(child(overrides, "Resources"), SCHEMA_ORDER.resources, "Resources");
  for (const host of children(child(overrides, "Hosts") ?? root).filter((h) => h.localName === "Host")) {
    check(host, SCHEMA_ORDER.workbookHost, "Host");
    check(child(host, "Runtimes"), SCHEMA_ORDER.runtimes, "Runtimes");
    const all = child(host, "AllFormFactors");
    check(all, SCHEMA_ORDER.allFormFactors, "AllFormFactors");
    check(child(all, "ExtensionPoint"), SCHEMA_ORDER.customFunctions, "ExtensionPoint[CustomFunctions]");
    const desktop = child(host, "DesktopFormFactor");
    check(desktop, SCHEMA_ORDER.formFactor, "DesktopFormFactor");
    check(child(desktop, "GetStarted"), SCHEMA_ORDER.getStarted, "GetStarted");
    for (const point of children(desktop ?? host).filter((e) => e.localName === "ExtensionPoint")) {
      check(point, SCHEMA_ORDER.commandSurface, "ExtensionPoint[PrimaryCommandSurface]");
      for (const tab of children(point)) {
        check(tab, SCHEMA_ORDER.officeTab, tab.localName);
        for (const group of children(tab)) {
          check(group, SCHEMA_ORDER.group, "Group");
          check(child(group, "Icon"), SCHEMA_ORDER.iconList, "Group/Icon");
          for (const control of children(group).filter((c) => c.localName === "Control")) {
            check(control, SCHEMA_ORDER.button, "Control");
            check(child(control, "Supertip"), SCHEMA_ORDER.supertip, "Supertip");
            check(child(control, "Icon"), SCHEMA_ORDER.iconList, "Control/Icon");
            check(child(control, "Action"), SCHEMA_ORDER.showTaskpane, "Action[ShowTaskpane]");
          }
        }
      }
    }
  }
  return problems;
}

/** Resource ids defined under VersionOverrides/Resources, by collection. */
export function definedResources(root: Element): Map<string, { collection: string; value: string }> {
  const defined = new Map<string, { collection: string; value: string }>();
  for (const collection of children(child(child(root, "VersionOverrides"), "Resources") ?? root)) {
    for (const item of children(collection)) {
      const id = item.getAttribute("id");
      if (id) defined.set(id, { collection: collection.localName, value: item.getAttribute("DefaultValue") ?? "" });
    }
  }
  return defined;
}

function residProblems(root: Element): string[] {
  const problems: string[] = [];
  const defined = definedResources(root);
  const used = new Set<string>();
  for (const element of Array.from(root.getElementsByTagName("*"))) {
    const resid = element.getAttribute("resid");
    if (resid === null) continue;
    used.add(resid);
    const resource = defined.get(resid);
    const expected = RESID_COLLECTION[element.localName];
    if (resid.length > 32) problems.push(`resid "${resid}" is longer than 32 characters`);
    if (!resource) problems.push(`<${element.localName} resid="${resid}"> is not defined in Resources`);
    else if (expected && resource.collection !== expected) {
      problems.push(`<${element.localName} resid="${resid}"> must point into ${expected}, not ${resource.collection}`);
    }
  }
  for (const id of defined.keys()) if (!used.has(id)) problems.push(`resource "${id}" is defined but never used`);
  return problems;
}

const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "Image", "Url"]);

/** Every URL in the manifest, with where it was found. */
export function manifestUrls(root: Element): { where: string; url: string }[] {
  const urls: { where: string; url: string }[] = [];
  for (const element of Array.from(root.getElementsByTagName("*"))) {
    const owner = element.localName === "Override" ? element.parentElement : element;
    for (const attribute of Array.from(element.attributes)) {
      const isUrlSetting = owner !== null && URL_ELEMENTS.has(owner.localName) && (attribute.name === "DefaultValue" || attribute.name === "Value");
      if (isUrlSetting || /^[a-z][a-z0-9+.-]*:\/\//i.test(attribute.value)) {
        if (attribute.name.startsWith("xmlns")) continue;
        urls.push({ where: `<${element.localName} ${attribute.name}>`, url: attribute.value });
      }
    }
  }
  for (const text of Array.from(root.getElementsByTagName("*")).filter((e) => e.children.length === 0)) {
    const value = (text.textContent ?? "").trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) urls.push({ where: `<${text.localName}>`, url: value });
  }
  return urls;
}

function urlProblems(root: Element): string[] {
  return manifestUrls(root)
    .filter(({ url }) => {
      try {
        return new URL(url).protocol !== "https:";
      } catch {
        return true; // not a URL at all: reported as such
      }
    })
    .map(({ where, url }) => `${where} "${url}" is not an HTTPS URL`);
}

function urlOf(root: Element, element: Element | undefined): string | undefined {
  const resid = element?.getAttribute("resid");
  return resid ? definedResources(root).get(resid)?.value : undefined;
}

/** The runtime, the custom functions page and script, the ribbon's task pane and the default task pane must be one page. */
function sharedRuntimeProblems(root: Element): string[] {
  const problems: string[] = [];
  const host = child(child(child(root, "VersionOverrides"), "Hosts"), "Host");
  const runtime = child(child(host, "Runtimes"), "Runtime");
  const functions = child(child(host, "AllFormFactors"), "ExtensionPoint");
  const taskpane = child(child(root, "DefaultSettings"), "SourceLocation")?.getAttribute("DefaultValue") ?? undefined;
  const button = root.getElementsByTagNameNS("*", "Action")[0];
  if (runtime?.getAttribute("lifetime") !== "long") problems.push('the <Runtime> must have lifetime="long"');
  const pages = {
    "Runtime": urlOf(root, runtime),
    "CustomFunctions Page": urlOf(root, child(child(functions, "Page"), "SourceLocation")),
    "CustomFunctions Script": urlOf(root, child(child(functions, "Script"), "SourceLocation")),
    "ShowTaskpane": urlOf(root, child(button, "SourceLocation")),
    "FunctionFile": urlOf(root, child(child(host, "DesktopFormFactor"), "FunctionFile")),
    "DefaultSettings": taskpane,
  };
  for (const [where, url] of Object.entries(pages)) {
    if (url === undefined) problems.push(`${where} has no URL`);
    else if (url !== taskpane) problems.push(`${where} (${url}) is not the shared task pane page (${taskpane ?? "none"})`);
  }
  const sets = Array.from(root.getElementsByTagNameNS("*", "Set")).map((s) => `${s.getAttribute("Name") ?? ""} ${s.getAttribute("MinVersion") ?? ""}`);
  if (!sets.includes("SharedRuntime 1.1")) problems.push("Requirements must list SharedRuntime 1.1");
  return problems;
}
