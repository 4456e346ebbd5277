import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { SheetLocale } from "../layout/headers";

export interface ConvertFormulasLabels {
  readonly button: string;
  readonly hint: string;
  readonly busy: string;
  readonly done: (count: number) => string;
  readonly nothingToConvert: string;
  readonly errorTitle: string;
  readonly cellEditMode: string;
}

export const CONVERT_FORMULAS_LABELS: Record<SheetLocale, ConvertFormulasLabels> = {
  "zh-CN": {
    button: "转换为普通公式",
    hint: "把本表的 QCITY 合计公式改写为 Excel 自带的公式（SUM、SUMIF），没有安装本加载项的人打开也能看到分数。",
    busy: "正在转换…",
    done: (count) => `已将 ${count} 个公式转换为普通公式。`,
    nothingToConvert: "本表没有需要转换的 QCITY 合计公式。",
    errorTitle: "无法转换",
    cellEditMode: "Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后再试。",
  },
  "en-US": {
    button: "Convert to plain formulas",
    hint: "Rewrites this sheet's QCITY totals as Excel's own formulas (SUM, SUMIF), so people without the add-in still see the scores.",
    busy: "Converting…",
    done: (count) => `Converted ${count} ${count === 1 ? "formula" : "formulas"} to plain formulas.`,
    nothingToConvert: "This sheet has no QCITY totals to convert.",
    errorTitle: "Could not convert",
    cellEditMode: "Excel is editing a cell. Press Enter or Esc to finish, then try again.",
  },
};

export interface ConvertFormulasButtonProps {
  readonly locale: SheetLocale;
  /** Rewrites the active sheet's QCITY totals; resolves to how many cells changed, rejects with the Excel error. */
  readonly onConvert: () => Promise<number>;
}

type Outcome = { readonly intent: "success" | "info" | "error"; readonly text: string };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

function errorText(error: unknown, labels: ConvertFormulasLabels): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === "InvalidOperationInCellEditMode") return labels.cellEditMode;
  return error instanceof Error ? error.message : String(error);
}

/** The "转换为普通公式" action: a button, what it does, and how it went. */
export function ConvertFormulasButton({ locale, onConvert }: ConvertFormulasButtonProps) {
  const styles = useStyles();
  const labels = CONVERT_FORMULAS_LABELS[locale];
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);

  const convert = async () => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const count = await onConvert();
      setOutcome(count > 0 ? { intent: "success", text: labels.done(count) } : { intent: "info", text: labels.nothingToConvert });
    } catch (error) {
      setOutcome({ intent: "error", text: errorText(error, labels) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      <Text className={styles.hint}>{labels.hint}</Text>
      <div className={styles.actions}>
        <Button appearance="secondary" disabled={busy} onClick={() => void convert()}>
          {labels.button}
        </Button>
        {busy && <Spinner size="tiny" label={labels.busy} />}
      </div>
      {outcome && (
        <MessageBar intent={outcome.intent} aria-live={outcome.intent === "error" ? "assertive" : "polite"}>
          <MessageBarBody>
            {outcome.intent === "error" && <MessageBarTitle>{labels.errorTitle}</MessageBarTitle>}
            {outcome.text}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
