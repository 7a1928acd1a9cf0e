import sharp from "sharp";

/**
 * A wallet's activity list whose dates are only relative ("Today", "Yesterday"): what its rows
 * are dated depends on whose today it is (docs/time-zones.md). Drawn with DejaVu Sans, which
 * Debian's fontconfig has on every machine the tests run on.
 */
export async function relativeDatesListPng(): Promise<Buffer> {
  const lines: Array<[left: string, right: string, y: number, size: number]> = [
    ["Recent activity", "", 80, 40],
    ["Today", "", 170, 30],
    ["Blue Bottle Coffee", "-$4.50", 240, 30],
    ["Yesterday", "", 330, 30],
    ["City Bookstore", "-$12.00", 400, 30],
  ];
  const text = (x: number, y: number, size: number, anchor: string, content: string) =>
    `<text x="${x}" y="${y}" text-anchor="${anchor}" font-family="DejaVu Sans" font-size="${size}" fill="#111">${content}</text>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="780" height="520">
<rect width="100%" height="100%" fill="#ffffff"/>
${lines.map(([left, right, y, size]) => text(40, y, size, "start", left) + (right ? text(740, y, size, "end", right) : "")).join("\n")}
</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
