/*
 * ES5 on purpose, loaded before office.js and the bundles: Windows clients without Microsoft Edge
 * WebView2 run the add-in in Internet Explorer 11, where the ES2021 bundles do not even parse and
 * the pane would stay blank. This script parses there, and says what to do, in Chinese and English.
 */
(function () {
  "use strict";
  var legacy =
    typeof document.documentMode === "number" ||
    /Trident\/|MSIE /.test(navigator.userAgent) ||
    typeof window.Promise === "undefined" ||
    typeof window.fetch === "undefined";
  if (!legacy) return;
  window.QCITY_LEGACY_CLIENT = true;

  var WEBVIEW2 = "https://go.microsoft.com/fwlink/p/?LinkId=2124703";
  var paragraphs = [
    ["zh-CN", "质量兴市评价助手无法在此版本的 Office 中运行：它需要 Microsoft Edge WebView2 或更新版本的 Office。"],
    ["zh-CN", "请安装 Microsoft Edge WebView2 运行时（" + WEBVIEW2 + "），或将 Office 更新到最新版本，然后重新启动 Excel；也可以在 Excel 网页版中使用。在此之前，QCITY 函数会显示 #NAME?。"],
    ["en-US", "QCity Assessor cannot run in this version of Office: it needs Microsoft Edge WebView2 or a newer Office."],
    ["en-US", "Install the Microsoft Edge WebView2 Runtime (" + WEBVIEW2 + ") or update Office, then restart Excel; or use Excel on the web. Until then, QCITY functions show #NAME?."]
  ];

  function show() {
    if (document.getElementById("qcity-legacy-notice")) return;
    var notice = document.createElement("div");
    notice.id = "qcity-legacy-notice";
    notice.setAttribute("role", "alert");
    notice.style.cssText = "margin:16px;padding:12px;border:1px solid #c50f1f;background:#fdf3f4;color:#242424;font:14px/1.5 'Microsoft YaHei','Segoe UI',sans-serif";
    for (var i = 0; i < paragraphs.length; i++) {
      var p = document.createElement("p");
      p.setAttribute("lang", paragraphs[i][0]);
      p.style.margin = i === 0 || i === 2 ? "0 0 4px 0" : "0 0 12px 0";
      if (i === 0 || i === 2) p.style.fontWeight = "bold";
      p.appendChild(document.createTextNode(paragraphs[i][1]));
      notice.appendChild(p);
    }
    document.body.insertBefore(notice, document.body.firstChild);
  }

  if (document.body) show();
  else if (document.addEventListener) document.addEventListener("DOMContentLoaded", show);
  else window.attachEvent("onload", show);
})();
