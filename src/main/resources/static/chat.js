// ResetDesk web chat page: Web Chat over ResetDesk's own Direct Line endpoint, with an English / Romanian switch.
(function () {
  'use strict';

  var params = new URLSearchParams(window.location.search);
  var requested = params.get('lang') || (navigator.language || '').slice(0, 2);
  var locale = requested === 'ro' ? 'ro-RO' : 'en-US';
  var directLineBase = new URL('v3/directline', window.location.href).href;
  var element = document.getElementById('webchat');
  var directLine;
  var texts = {};

  if (params.get('embed') === '1') {
    document.body.classList.add('embed');
  }

  // When the conversation connects, and whenever the language changes, ask the bot for its welcome.
  var store = window.WebChat.createStore({}, function (api) {
    return function (next) {
      return function (action) {
        if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
          setTimeout(join, 0);
        }
        return next(action);
      };
    };
  });

  function join() {
    store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { locale: locale } } });
  }

  // The page's own texts come from the bot's message files (webchat.* keys), like everything else users read.
  function loadTexts() {
    return fetch('webchat/texts?lang=' + locale.slice(0, 2))
      .then(function (response) { return response.ok ? response.json() : {}; })
      .then(function (loaded) { texts = loaded; }, function () { texts = {}; });
  }

  function render() {
    document.documentElement.lang = locale.slice(0, 2);
    document.querySelectorAll('.languages button').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.dataset.locale === locale));
    });
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      locale: locale,
      styleOptions: {
        hideUploadButton: true,
        accent: '#1f3a68',
        botAvatarInitials: 'RD',
        userAvatarInitials: texts['user-initials'] || '',
        suggestedActionLayout: 'flow'
      }
    }, element);
  }

  // Demo mode only: /dev/outbox exists and shows the codes that would have gone by email or SMS.
  function refreshOutbox() {
    fetch('dev/outbox')
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (entries) {
        var panel = document.getElementById('outbox');
        if (!entries) {
          panel.hidden = true;
          return;
        }
        panel.hidden = false;
        document.getElementById('outbox-title').textContent = texts['outbox-title'] || '';
        document.getElementById('outbox-note').textContent = texts['outbox-note'] || '';
        var list = document.getElementById('outbox-entries');
        list.textContent = '';
        if (entries.length === 0) {
          var empty = document.createElement('li');
          empty.textContent = texts['outbox-empty'] || '';
          list.appendChild(empty);
        }
        entries.forEach(function (entry) {
          var item = document.createElement('li');
          var meta = document.createElement('div');
          meta.className = 'meta';
          meta.textContent = entry.channel.toUpperCase() + ' → ' + entry.to + ' · ' + entry.time.slice(11, 19);
          var subject = document.createElement('strong');
          subject.textContent = entry.subject;
          var body = document.createElement('div');
          body.className = 'body';
          body.textContent = entry.body;
          item.appendChild(meta);
          item.appendChild(subject);
          item.appendChild(body);
          list.appendChild(item);
        });
      })
      .catch(function () { /* the chat works without the panel */ });
  }

  function showError(message) {
    var error = document.getElementById('chat-error');
    error.textContent = message;
    error.hidden = false;
  }

  document.querySelectorAll('.languages button').forEach(function (button) {
    button.addEventListener('click', function () {
      if (button.dataset.locale !== locale) {
        locale = button.dataset.locale;
        loadTexts().then(function () {
          render();
          join();
          refreshOutbox();
        });
      }
    });
  });

  loadTexts()
    .then(function () { return fetch(directLineBase + '/tokens/generate', { method: 'POST' }); })
    .then(function (response) {
      if (!response.ok) {
        throw new Error((response.status === 429 ? texts['error-throttled'] : texts['error-start'])
          || 'ResetDesk (' + response.status + ')');
      }
      return response.json();
    })
    .then(function (grant) {
      directLine = window.WebChat.createDirectLine({
        token: grant.token,
        domain: directLineBase,
        webSocket: false,
        pollingInterval: 500
      });
      render();
      refreshOutbox();
      setInterval(refreshOutbox, 2000);
    })
    .catch(function (error) { showError(error.message || texts['error-start']); });
})();
