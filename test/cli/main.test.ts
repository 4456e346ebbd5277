import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/command";
import { readTable } from "../../src/layout/readTable";
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

  it("shows its options with --help", async () => {
    const io = capture(freshDir());
    expect(await main(["export", "--help"], io)).toBe(0);
    expect(io.stdout.join("\n")).toMatch(/--province[\s\S]*--no-evidence[\s\S]*--force/);
  });
});
