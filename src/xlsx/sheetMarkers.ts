import JSZip from "jszip";
import { MARKER_NAME, parseMarker, type SheetMarker } from "../table/marker";
import { attribute, unescapeXml } from "./xmlAttribute";

const SHEET = /<(?:\w+:)?sheet\b([^>]*?)\/?>/g;
const DEFINED_NAME = /<(?:\w+:)?definedName\b([^>]*)>([^<]*)<\/(?:\w+:)?definedName>/g;


/**
 * The sheet markers of an .xlsx, by sheet name: each worksheet-scoped defined
 * name MARKER_NAME (src/table/marker.ts) in xl/workbook.xml, matched to its
 * sheet by `localSheetId` (the sheet's position in the workbook). ExcelJS
 * drops a defined name that is not a range when it loads a workbook, so the
 * marker is read here, from the package itself; only xl/workbook.xml is
 * unpacked. A package without one (a damaged file) gives no markers: the reader
 * that loads the sheets reports the damage.
 */
export async function readSheetMarkers(bytes: Uint8Array): Promise<Map<string, SheetMarker>> {
  let xml: string | undefined;
  try {
    xml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")?.async("string");
  } catch {
    return new Map(); // not a zip: loadWorkbook says why
  }
  return xml === undefined ? new Map() : markersOfWorkbookXml(xml);
}

/** The sheet markers that the text of xl/workbook.xml declares, by sheet name (see readSheetMarkers). */
export function markersOfWorkbookXml(xml: string): Map<string, SheetMarker> {
  const markers = new Map<string, SheetMarker>();
  const sheets = [...xml.matchAll(SHEET)].map((m) => attribute(m[1] as string, "name"));
  for (const [, attributes, text] of xml.matchAll(DEFINED_NAME)) {
    if (attribute(attributes as string, "name") !== MARKER_NAME) continue;
    const sheet = sheets[Number(attribute(attributes as string, "localSheetId"))];
    const marker = parseMarker(unescapeXml(text as string));
    if (sheet !== undefined && marker !== undefined) markers.set(sheet, marker);
  }
  return markers;
}
