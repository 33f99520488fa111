// ResetDesk chat widget: <script src="https://<resetdesk host>/widget.js" async></script>
// Optional attributes on the script tag: data-lang="ro" (start in Romanian), data-title="..." (button text; by
// default the webchat.widget-title text of the chosen language, from the bot's message files).
// The page embedding it must be listed in resetdesk.webchat.allowed-origins.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || document.getElementById('resetdesk-widget')) {
    return;
  }
  var base = new URL('.', script.src);
  var lang = script.getAttribute('data-lang') === 'ro' ? 'ro' : 'en';
  var title = script.getAttribute('data-title');

  var host = document.createElement('div');
  host.id = 'resetdesk-widget';
  host.style.cssText = 'position:fixed;right:20px;bottom:20px;z-index:2147483000;font-family:system-ui,sans-serif;';

  var frame = document.createElement('iframe');
  frame.title = 'ResetDesk';
  frame.style.cssText = 'display:none;width:380px;height:560px;max-width:calc(100vw - 40px);' +
    'max-height:calc(100vh - 100px);border:0;border-radius:10px;box-shadow:0 6px 24px rgba(0,0,0,.25);' +
    'margin-bottom:12px;background:#fff;';

  var button = document.createElement('button');
  button.type = 'button';
  button.textContent = title || 'ResetDesk';
  if (!title) {
    fetch(new URL('webchat/texts?lang=' + lang, base).href)
      .then(function (response) { return response.ok ? response.json() : {}; })
      .then(function (texts) { if (texts['widget-title']) { button.textContent = texts['widget-title']; } })
      .catch(function () { /* keep the product name */ });
  }
  button.setAttribute('aria-expanded', 'false');
  button.style.cssText = 'display:block;margin-left:auto;background:#1f3a68;color:#fff;border:0;border-radius:24px;' +
    'padding:12px 20px;font-size:15px;cursor:pointer;box-shadow:0 3px 10px rgba(0,0,0,.25);';
  button.addEventListener('click', function () {
    var open = frame.style.display === 'none';
    if (open && !frame.src) {
      frame.src = new URL('?embed=1&lang=' + lang, base).href;
    }
    frame.style.display = open ? 'block' : 'none';
    button.setAttribute('aria-expanded', String(open));
  });

  host.appendChild(frame);
  host.appendChild(button);
  // With async in <head>, the script can run before <body> exists.
  if (document.body) {
    document.body.appendChild(host);
  } else {
    document.addEventListener('DOMContentLoaded', function () { document.body.appendChild(host); });
  }
})();
