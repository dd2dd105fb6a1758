// Runs in <head> before the first paint (a file, not inline: the CSP allows scripts from 'self' only).
// index.html carries the dashboard prerendered for a first visit in English (scripts/prerender.ts).
// A reader who will get another language, a country filter or the slides must not see that copy
// flash and then change: hide it, and the app renders as it does without a prerender.
// The language choice mirrors preferredLang() in src/i18n/lang.ts and parseSelection() in
// src/store/urlState.ts; src/main.tsx renders at once, without waiting, whenever its state differs.
(function () {
  var params = new URLSearchParams(window.location.search);
  var lang = params.get('lang');
  if (lang !== 'en' && lang !== 'zh-Hant' && lang !== 'zh-Hans') {
    lang = 'en';
    var languages = navigator.languages || [navigator.language || ''];
    for (var i = 0; i < languages.length; i++) {
      var tag = String(languages[i]).toLowerCase();
      if (tag.indexOf('zh') === 0) {
        lang = 'zh';
        break;
      }
      if (tag.indexOf('en') === 0) break;
    }
  }
  if (lang !== 'en' || params.has('country') || params.has('slide')) {
    document.documentElement.setAttribute('data-prerender', 'off');
  }
})();
