import type { Command } from "./command";
import { checkCommand } from "./checkCommand";
import { collectCommand } from "./collectCommand";
import { exportCommand } from "./exportCommand";
import { mergeCommand } from "./merge/mergeCommand";
import { reportCommand } from "./reportCommand";
import { rubricCommand } from "./rubricCommand";

/** The sub-commands of `qcity`, in the order `--help` lists them. Add a command with one line here. */
export const COMMANDS: readonly Command[] = [exportCommand, checkCommand, mergeCommand, collectCommand, reportCommand, rubricCommand];
