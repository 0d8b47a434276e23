/**
 * The report's only script, inline and plain DOM: it folds captions behind their platform's
 * "see more" button and runs the filters. Without it everything is shown. It reads the page,
 * never draft data: nothing from a draft is ever put into a script.
 */
export const SCRIPT = `(() => {
  const d = document;
  const expand = (button, open) => {
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? button.dataset.less : button.dataset.more;
    d.getElementById(button.getAttribute('aria-controls')).hidden = !open;
  };
  for (const button of d.querySelectorAll('button.fold')) {
    button.dataset.more = button.textContent;
    button.hidden = false;
    expand(button, false);
    button.addEventListener('click', () => expand(button, button.getAttribute('aria-expanded') !== 'true'));
  }
  // A link to a mark behind a fold opens the fold first.
  const reveal = () => {
    let target = null;
    try {
      target = d.getElementById(decodeURIComponent(location.hash.slice(1)));
    } catch {
      return;
    }
    const rest = target && target.closest('.rest');
    if (rest) expand(d.querySelector('button.fold[aria-controls="' + rest.id + '"]'), true);
  };
  addEventListener('hashchange', reveal);
  reveal();

  const form = d.getElementById('filters');
  if (!form) return;
  form.hidden = false;
  const status = d.getElementById('shown');
  const apply = () => {
    const severities = new Set([...form.querySelectorAll('input[name=severity]:checked')].map((i) => i.value));
    const rule = form.elements.rule.value;
    const platform = form.elements.platform.value;
    const narrowed = severities.size < 2 || rule !== '' || platform !== '';
    const off = new Set();
    let shown = 0;
    for (const item of d.querySelectorAll('li.msg')) {
      const on = severities.has(item.dataset.severity) && (rule === '' || item.dataset.rule === rule) && (platform === '' || item.dataset.platforms.split(' ').includes(platform));
      item.hidden = !on;
      if (on) shown++;
      else off.add(item.id);
    }
    for (const mark of d.querySelectorAll('mark[data-m]')) mark.classList.toggle('off', off.has(mark.dataset.m));
    for (const card of d.querySelectorAll('section.pv')) card.hidden = platform !== '' && card.dataset.platform !== platform;
    for (const draft of d.querySelectorAll('section.draft')) draft.hidden = narrowed && !draft.querySelector('li.msg:not([hidden])');
    status.textContent = shown + ' ' + status.dataset.label;
  };
  form.addEventListener('change', apply);
  apply();
})();`;
