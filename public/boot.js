// Runs in <head> before the first paint. The build puts it into each page, minified, so nothing is fetched
// before the first paint but the page (scripts/inlineFirstPaint.ts); the CSP allows it by its hash. The dev
// server loads it as this file.
// 1. index.html carries the dashboard prerendered for a first visit in English (scripts/prerender.ts).
//    A reader who will get another language, a country filter or the slides must not see that copy
//    flash and then change: hide it, and the app renders as it does without a prerender.
// 2. In the production build the app's scripts are named in <meta name="mission-atlas-entry"> and
//    <meta name="mission-atlas-preload"> instead of script tags, the dataset's preload in
//    <meta name="mission-atlas-dataset"> and the manifest in <meta name="mission-atlas-manifest">; all start here after the first contentful paint: the prerendered
//    page needs only HTML and CSS to show, and the scripts and the data (which take over what is already
//    on screen) should not compete with them on a slow connection.
// The language choice mirrors preferredLang() in src/i18n/lang.ts and parseSelection() in
// src/store/urlState.ts; src/main.tsx renders at once, without waiting, whenever its state differs.
(function () {
  var params = new URLSearchParams(window.location.search);
  // The languages the mission offers: the build writes one title tag per language (see 3. below).
  var offered = [];
  var titleTags = document.querySelectorAll('meta[name="mission-atlas-title"][data-lang]');
  for (var t = 0; t < titleTags.length; t++) offered.push(titleTags[t].getAttribute('data-lang'));
  if (offered.indexOf('en') < 0) offered.push('en');
  var has = function (code) {
    return offered.indexOf(code) >= 0;
  };
  var lang = params.get('lang');
  if (!has(lang)) {
    lang = 'en';
    var languages = navigator.languages || [navigator.language || ''];
    for (var i = 0; i < languages.length; i++) {
      var tag = String(languages[i]).toLowerCase();
      var primary = tag.split('-')[0];
      if (primary === 'zh') {
        var script = /^zh-(hans|cn|sg|my)(-|$)/.test(tag) ? 'zh-Hans' : 'zh-Hant';
        var choice = has(script) ? script : has('zh-Hant') ? 'zh-Hant' : has('zh-Hans') ? 'zh-Hans' : null;
        if (choice) {
          lang = choice;
          break;
        }
        continue;
      }
      if (has(primary)) {
        lang = primary;
        break;
      }
    }
  }
  if (lang !== 'en' || params.has('country') || params.has('slide')) {
    document.documentElement.setAttribute('data-prerender', 'off');
  }
  // 3. The tab title and description in the reader's language from the first paint: the build puts
  //    one <meta name="mission-atlas-title"> and one description per language before this script
  //    (scripts/prerender.ts); Simplified is the generated conversion, as in the app.
  if (lang !== 'en') {
    document.documentElement.lang = lang;
    var title = document.querySelector('meta[name="mission-atlas-title"][data-lang="' + lang + '"]');
    if (title) document.title = title.getAttribute('content');
    var description = document.querySelector('meta[name="mission-atlas-description"][data-lang="' + lang + '"]');
    var descriptionTag = document.querySelector('meta[name="description"]');
    if (description && descriptionTag) descriptionTag.setAttribute('content', description.getAttribute('content'));
  }

  var started = false;
  // For each <meta name="…"> of this name, adds a <tag> to <head> with these properties and the
  // meta's content as its address (`urlKey`).
  function addFromMeta(metaName, tag, urlKey, properties) {
    var metas = document.querySelectorAll('meta[name="' + metaName + '"]');
    for (var j = 0; j < metas.length; j++) {
      var element = document.createElement(tag);
      for (var key in properties) element[key] = properties[key];
      element[urlKey] = metas[j].getAttribute('content');
      document.head.appendChild(element);
    }
  }
  function start() {
    if (started) return;
    started = true;
    // The dataset first: the app needs it as soon as its scripts run.
    addFromMeta('mission-atlas-dataset', 'link', 'href', { rel: 'preload', as: 'fetch', type: 'application/json', crossOrigin: 'anonymous' });
    // The manifest (for installing the app) next: the browser fetches its icons as soon as it is named.
    addFromMeta('mission-atlas-manifest', 'link', 'href', { rel: 'manifest' });
    addFromMeta('mission-atlas-preload', 'link', 'href', { rel: 'modulepreload', crossOrigin: '' });
    addFromMeta('mission-atlas-entry', 'script', 'src', { type: 'module', crossOrigin: '' });
  }
  function afterFirstContentfulPaint() {
    // The prerendered text is on screen, not only the page's background: the first paint can come
    // before the first contentful one (the browser finding fonts for the text), and scripts started
    // in between would compete with the text they are meant to follow.
    var supported = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
    if (supported && supported.indexOf('paint') >= 0) {
      new PerformanceObserver(function (list, observer) {
        if (list.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        setTimeout(start, 0);
      }).observe({ type: 'paint', buffered: true });
    } else {
      requestAnimationFrame(function () {
        setTimeout(start, 0);
      });
    }
    // A hidden tab paints nothing; a page that never paints its text still gets its app.
    setTimeout(start, 3000);
  }
  // Nothing prerendered will show for another language or selection: the app itself is the first
  // content, so it starts as soon as the <meta> tags below this script are parsed.
  var whenParsed = document.documentElement.getAttribute('data-prerender') === 'off' ? start : afterFirstContentfulPaint;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', whenParsed);
  else whenParsed();
})();
