/**
 * A report chart as a picture for Word: the ECharts option drawn to SVG on the server, then
 * photographed by headless Chromium at twice the size so it stays sharp on paper. A PNG shows in
 * every Word and in LibreOffice alike.
 */
import * as echarts from "echarts";
import type { Browser } from "playwright-core";
import type { ReportChart } from "../monthly/model.js";

/** The width charts are drawn at, in CSS pixels: A4 portrait's text width at 96 dpi, about 16 cm. */
export const PICTURE_WIDTH = 640;

export function chartSvg(chart: ReportChart, width = PICTURE_WIDTH): string {
  const instance = echarts.init(null, null, { renderer: "svg", ssr: true, width, height: chart.height });
  try {
    instance.setOption(chart.option);
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}

/** The chart as a PNG, PICTURE_WIDTH × chart.height CSS pixels at device scale 2. */
export async function chartPng(browser: Browser, chart: ReportChart): Promise<Buffer> {
  const page = await browser.newPage({
    viewport: { width: PICTURE_WIDTH, height: chart.height },
    deviceScaleFactor: 2,
  });
  try {
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:#fff">${chartSvg(chart)}</body></html>`,
    );
    return await page.screenshot({
      type: "png",
      clip: { x: 0, y: 0, width: PICTURE_WIDTH, height: chart.height },
    });
  } finally {
    await page.close();
  }
}
