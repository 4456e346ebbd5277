import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/command";
import { readTable } from "../../src/table/readTable";
import { readWorkbookGrid } from "../../src/xlsx/readWorkbookGrid";

function capture(cwd: string): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

const freshDir = () => mkdtempSync(join(tmpdir(), "qcity-cli-"));

describe("qcity", () => {
  it("prints help with --help (exit 0) and usage on stderr with no command (exit 2)", async () => {
    const io = capture(freshDir());
    expect(await main(["--help"], io)).toBe(0);
    expect(io.stdout.join("\n")).toContain("export");
    const bare = capture(freshDir());
    expect(await main([], bare)).toBe(2);
    expect(bare.stderr.join("\n")).toContain("用法：qcity <命令>");
  });

  it("rejects an unknown command with exit 2", async () => {
    const io = capture(freshDir());
    expect(await main(["bogus"], io)).toBe(2);
    expect(io.stderr[0]).toBe("未知命令“bogus”。");
  });
});

describe("qcity export", () => {
  it("writes the official table to the default file name with no arguments", async () => {
    const dir = freshDir();
    const io = capture(dir);
    expect(await main(["export"], io)).toBe(0);
    const file = join(dir, "质量兴市绩效评价表.xlsx");
    expect(io.stdout).toEqual([`已导出：${file}（98 项评价准则，共 1000 分）`]);
    const table = readTable(await readWorkbookGrid(file))!;
    expect(table.rows).toHaveLength(98);
    expect(table.columns.evidence).toBe(7);
  });

  it("never overwrites an existing file without --force, and says so (exit 2)", async () => {
    const dir = freshDir();
    const file = join(dir, "评价.xlsx");
    writeFileSync(file, "assessor's own work");
    const io = capture(dir);
    expect(await main(["export", "--out", "评价.xlsx"], io)).toBe(2);
    expect(io.stderr.join("\n")).toContain(`文件已存在：${file}。未覆盖；如要覆盖，请加 --force。`);
    expect(readFileSync(file, "utf8")).toBe("assessor's own work");

    const forced = capture(dir);
    expect(await main(["export", "--out", "评价.xlsx", "--force"], forced)).toBe(0);
    expect(statSync(file).size).toBeGreaterThan(5000);
  });

  it("writes province and city as literal text, even when they look like formulas", async () => {
    const dir = freshDir();
    const province = '=HYPERLINK("http://evil.example","x")';
    mkdirSync(join(dir, "out"));
    expect(await main(["export", "-o", "out/t.xlsx", "--province", province, "--city", "杭州"], capture(dir))).toBe(0);
    const grid = await readWorkbookGrid(join(dir, "out", "t.xlsx"));
    expect(grid[1]?.[0]).toBe(province);
    expect(grid[1]?.[2]).toBe("杭州");
  });

  it("names the default file after the province and city, and adds .xlsx to an --out without it", async () => {
    const dir = freshDir();
    expect(await main(["export", "--province", "浙江", "--city", "杭/州"], capture(dir))).toBe(0);
    expect(existsSync(join(dir, "浙江杭州质量兴市绩效评价表.xlsx"))).toBe(true);
    expect(await main(["export", "--out", "plain"], capture(dir))).toBe(0);
    expect(existsSync(join(dir, "plain.xlsx"))).toBe(true);
  });

  it("leaves out the evidence columns with --no-evidence and writes English headers with --lang en-US", async () => {
    const dir = freshDir();
    const io = capture(dir);
    expect(await main(["export", "--no-evidence", "--lang", "en-US", "--out", "en.xlsx"], io)).toBe(0);
    expect(io.stdout[0]).toMatch(/^Exported .*en\.xlsx \(98 criteria, 1000 points\)$/);
    const grid = await readWorkbookGrid(join(dir, "en.xlsx"));
    expect(grid[2]).toEqual(["Category", "Item", "Criterion", "Method", "Points", "Scoring guidance", "Score"]);
    expect(readTable(grid)?.rows).toHaveLength(98);
  });

  it("rejects an unknown option or language with exit 2 and a message", async () => {
    const io = capture(freshDir());
    expect(await main(["export", "--bogus"], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/--bogus.*qcity export --help/);
    const lang = capture(freshDir());
    expect(await main(["export", "--lang", "fr"], lang)).toBe(2);
    expect(lang.stderr[0]).toContain("不支持的语言“fr”");
  });

  describe("--out", () => {
    it("writes the default file name inside an existing folder, never beside it", async () => {
      const parent = freshDir();
      const dir = join(parent, "qx");
      mkdirSync(join(dir, "sub"), { recursive: true });
      const io = capture(dir);
      expect(await main(["export", "-o", "."], io)).toBe(0);
      expect(io.stdout).toEqual([`已导出：${join(dir, "质量兴市绩效评价表.xlsx")}（98 项评价准则，共 1000 分）`]);
      expect(await main(["export", "-o", "sub", "--lang", "en-US"], capture(dir))).toBe(0);
      expect(readdirSync(parent)).toEqual(["qx"]);
      expect(readdirSync(dir).sort()).toEqual(["sub", "质量兴市绩效评价表.xlsx"].sort());
      expect(readdirSync(join(dir, "sub"))).toEqual(["Quality-City-Evaluation.xlsx"]);
    });

    it("refuses an empty --out with exit 2 and writes nothing", async () => {
      const parent = freshDir();
      const dir = join(parent, "qx");
      mkdirSync(dir);
      for (const args of [["--out", ""], ["--out=  "], ["-o", ""]]) {
        const io = capture(dir);
        expect(await main(["export", ...args], io)).toBe(2);
        expect(io.stderr).toEqual(["qcity export: --out 不能为空：请给出文件名（如 评价表.xlsx）或已有的文件夹（如 .）。"]);
      }
      const en = capture(dir);
      expect(await main(["export", "--out", "", "--lang", "en-US"], en)).toBe(2);
      expect(en.stderr[0]).toMatch(/^qcity export: --out cannot be empty/);
      expect([readdirSync(parent), readdirSync(dir)]).toEqual([["qx"], []]);
    });

    it("never creates folders: a missing folder is exit 2 naming it, and nothing is made", async () => {
      const dir = freshDir();
      const io = capture(dir);
      expect(await main(["export", "-o", "newdir/sub/a.xlsx"], io)).toBe(2);
      expect(io.stderr).toEqual([`qcity export: 文件夹不存在：${join(dir, "newdir", "sub")}。未创建；请先建好文件夹，或检查路径是否写错。`]);
      expect(readdirSync(dir)).toEqual([]);
      const en = capture(dir);
      expect(await main(["export", "-o", "newdir/a.xlsx", "--lang", "en"], en)).toBe(2);
      expect(en.stderr).toEqual([`qcity export: Folder not found: ${join(dir, "newdir")}. Not created; create it first, or check the path for typos.`]);
    });

    it("returns at once for a folder under /proc that cannot exist", async () => {
      const io = capture(freshDir());
      expect(await main(["export", "-o", "/proc/nope/x.xlsx"], io)).toBe(2);
      expect(io.stderr[0]).toContain("文件夹不存在：/proc/nope。");
    }, 10_000);

    it("says why a file cannot be written, in the message language", async () => {
      const dir = freshDir();
      mkdirSync(join(dir, "taken.xlsx"));
      const io = capture(dir);
      expect(await main(["export", "-o", "taken", "--force", "--lang", "en-US"], io)).toBe(2);
      expect(io.stderr).toEqual([`qcity export: Cannot write ${join(dir, "taken.xlsx")}: it is a folder`]);
    });
  });

  describe("arguments", () => {
    it("explains a bad option in the message language, without Node's English", async () => {
      const cases: [string[], string][] = [
        [["--bogus"], "qcity export: 未知选项 --bogus。运行 qcity export --help 查看用法。"],
        [["--out"], "qcity export: 选项 --out 后面缺少取值。运行 qcity export --help 查看用法。"],
        [["-o", "--force"], "qcity export: 选项 -o 后面缺少取值。运行 qcity export --help 查看用法。"],
        [["--force=yes"], "qcity export: 选项 --force 不带取值。运行 qcity export --help 查看用法。"],
        [["extra"], "qcity export: 多余的参数“extra”。运行 qcity export --help 查看用法。"],
        [["--bogus", "--lang", "en-US"], "qcity export: Unknown option --bogus. Run qcity export --help for usage."],
        [["--lang", "en", "--city"], "qcity export: Option --city needs a value. Run qcity export --help for usage."],
      ];
      for (const [args, message] of cases) {
        const io = capture(freshDir());
        expect({ args, code: await main(["export", ...args], io), stderr: io.stderr }).toEqual({ args, code: 2, stderr: [message] });
      }
    });

    it("rejects an unsupported --lang with the same message for export and check", async () => {
      const dir = freshDir();
      const exported = capture(dir);
      const checked = capture(dir);
      expect(await main(["export", "--lang", "fr"], exported)).toBe(2);
      expect(await main(["check", "any.xlsx", "--lang", "fr"], checked)).toBe(2);
      expect(exported.stderr).toEqual(["qcity export: 不支持的语言“fr”，请用 zh-CN 或 en-US。"]);
      expect(checked.stderr).toEqual(["qcity check: 不支持的语言“fr”，请用 zh-CN 或 en-US。"]);
    });
  });

  it("shows its options with --help", async () => {
    const io = capture(freshDir());
    expect(await main(["export", "--help"], io)).toBe(0);
    expect(io.stdout.join("\n")).toMatch(/--province[\s\S]*--no-evidence[\s\S]*--force/);
  });
});

describe("qcity as a new user types it", () => {
  it("refuses --out nofolder/ (a missing folder with a trailing slash) with exit 2, as for nofolder/a.xlsx", async () => {
    const dir = freshDir();
    for (const out of ["nofolder/", `nofolder${"\\"}`, "nofolder/a.xlsx"]) {
      const io = capture(dir);
      if (out.endsWith("\\") && process.platform !== "win32") continue;
      expect(await main(["export", "--out", out], io)).toBe(2);
      expect(io.stderr).toEqual([`qcity export: 文件夹不存在：${join(dir, "nofolder")}。未创建；请先建好文件夹，或检查路径是否写错。`]);
    }
    expect(readdirSync(dir)).toEqual([]);
    mkdirSync(join(dir, "folder"));
    const io = capture(dir);
    expect(await main(["export", "--out", "folder/"], io)).toBe(0);
    expect(readdirSync(join(dir, "folder"))).toEqual(["质量兴市绩效评价表.xlsx"]);
  });

  it("prints the version for --version and -V", async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
    for (const flag of ["--version", "-V"]) {
      const io = capture(freshDir());
      expect(await main([flag], io)).toBe(0);
      expect(io.stdout).toEqual([`qcity ${version}`]);
    }
  });

  it("takes global options before the command", async () => {
    const dir = freshDir();
    const io = capture(dir);
    expect(await main(["--lang", "en-US", "export", "--out", "a.xlsx"], io)).toBe(0);
    expect(io.stdout).toEqual([`Exported ${join(dir, "a.xlsx")} (98 criteria, 1000 points)`]);
    const check = capture(dir);
    expect(await main(["--lang=en-US", "check", "a.xlsx"], check)).toBe(1);
    expect(check.stderr).toEqual([]);
    expect(check.stdout.join("\n")).toContain("98 finding(s)");
    const help = capture(dir);
    expect(await main(["--help", "export"], help)).toBe(0);
    expect(help.stdout.join("\n")).toContain("用法：qcity export");
    const wrong = capture(dir);
    expect(await main(["--json", "check", "a.xlsx"], wrong)).toBe(2);
    expect(wrong.stderr[0]).toBe("命令前的未知选项 --json。");
  });

  it("names -json as typed, and suggests --json", async () => {
    const dir = freshDir();
    await main(["export", "--out", "a.xlsx"], capture(dir));
    const io = capture(dir);
    expect(await main(["check", "a.xlsx", "-json"], io)).toBe(2);
    expect(io.stderr).toEqual(["qcity check: 未知选项 -json（是否想用 --json？）。运行 qcity check --help 查看用法。"]);
    const other = capture(dir);
    expect(await main(["check", "a.xlsx", "-xyz"], other)).toBe(2);
    expect(other.stderr[0]).toContain("未知选项 -xyz。");
  });

  it("keeps the default file name short with an 80-character --province, and writes it", async () => {
    const dir = freshDir();
    const province = "很长的省份名称".repeat(12).slice(0, 80);
    const io = capture(dir);
    expect(await main(["export", "--province", province], io)).toBe(0);
    const [file] = readdirSync(dir);
    expect(file).toMatch(/^很长的省份名称.*质量兴市绩效评价表\.xlsx$/);
    expect(Buffer.byteLength(file ?? "")).toBeLessThanOrEqual(120);
  });

  it("never names the default file with a leading dot (a hidden file) nor with a path in it", async () => {
    const dir = freshDir();
    expect(await main(["export", "--province", "../../etc", "--city", "a/b"], capture(dir))).toBe(0);
    expect(readdirSync(dir)).toEqual(["etcab质量兴市绩效评价表.xlsx"]);
  });

  it("says to use a shorter --out when the name is too long for the file system", async () => {
    const dir = freshDir();
    const io = capture(dir);
    expect(await main(["export", "--out", `${"名".repeat(100)}.xlsx`], io)).toBe(2);
    expect(io.stderr[0]).toContain("文件名太长，请用 --out 给出较短的文件名");
  });
});
