/**
 * The child order the Office add-in manifest schema requires, for the parts of
 * manifest.xml we use. Transcribed from the xs:sequence of each complex type in
 * the schemas Microsoft publishes for task pane add-ins (OfficeAppManifestV1_1.xsd,
 * TaskPaneAppVersionOverridesV1_0.xsd, OfficeAppBasicTypesV1_0.xsd, and [MS-OWEMXML]
 * 2.2 for Host/Runtimes). A child outside its list, or out of order, makes Office
 * reject the manifest.
 */
export interface ChildSequence {
  /** Child element local names, in schema order. */
  readonly order: readonly string[];
  /** Children with minOccurs="1". */
  readonly required: readonly string[];
  /** Children with maxOccurs > 1. */
  readonly repeatable: readonly string[];
}

const seq = (order: string[], required: string[] = [], repeatable: string[] = []): ChildSequence => ({ order, required, repeatable });

export const SCHEMA_ORDER = {
  /** OfficeApp's own sequence, then TaskPaneApp's extension of it. */
  taskPaneApp: seq(
    [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "Dictionary",
      "VersionOverrides",
    ],
    ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"],
  ),
  versionOverrides: seq(["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins", "VersionOverrides"]),
  /** Host (Runtimes, AllFormFactors), extended by Workbook (DesktopFormFactor). */
  workbookHost: seq(["Runtimes", "AllFormFactors", "DesktopFormFactor"]),
  runtimes: seq(["Runtime"], ["Runtime"], ["Runtime"]),
  allFormFactors: seq(["ExtensionPoint"]),
  customFunctions: seq(["Script", "Page", "Metadata", "Namespace"], ["Script", "Page"]),
  formFactor: seq(["GetStarted", "FunctionFile", "ExtensionPoint"], ["ExtensionPoint"], ["ExtensionPoint"]),
  getStarted: seq(["Title", "Description", "LearnMoreUrl"], ["Title", "Description", "LearnMoreUrl"]),
  commandSurface: seq(["OfficeTab", "CustomTab"], [], ["OfficeTab", "CustomTab"]),
  officeTab: seq(["Group"], ["Group"], ["Group"]),
  group: seq(["Label", "Icon", "Control"], ["Label", "Icon", "Control"], ["Control"]),
  button: seq(["Label", "Supertip", "Icon", "Action"], ["Label", "Supertip", "Icon", "Action"]),
  supertip: seq(["Title", "Description"], ["Title", "Description"]),
  iconList: seq(["Image"], ["Image"], ["Image"]),
  showTaskpane: seq(["TaskpaneId", "SourceLocation", "Title"], ["SourceLocation"]),
  resources: seq(["Images", "Urls", "ShortStrings", "LongStrings"]),
  requirements: seq(["Sets", "Methods"]),
  sets: seq(["Set"], ["Set"], ["Set"]),
} as const satisfies Record<string, ChildSequence>;

/** Which resource collection each kind of resid reference must point into. */
export const RESID_COLLECTION: Record<string, "Images" | "Urls" | "ShortStrings" | "LongStrings"> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Runtime: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

/** Problems with `children` against `sequence`; empty when they conform. */
export function orderProblems(children: readonly string[], sequence: ChildSequence, where: string): string[] {
  const problems: string[] = [];
  let last = -1;
  let lastName = "";
  for (const name of children) {
    const index = sequence.order.indexOf(name);
    if (index < 0) {
      problems.push(`${where}: <${name}> is not a valid child`);
      continue;
    }
    if (index < last || (index === last && !sequence.repeatable.includes(name))) {
      problems.push(`${where}: <${name}> must come before <${lastName}>`);
    }
    last = Math.max(last, index);
    lastName = sequence.order[last] ?? name;
  }
  for (const name of sequence.required) {
    if (!children.includes(name)) problems.push(`${where}: required <${name}> is missing`);
  }
  return problems;
}
