// A polite status region outside React's screens, for news that outlives the element it is about: "the
// advice has loaded" is said when the "loading" block has just gone. A live region must exist before its
// text changes to be heard, so `prepareAnnouncer` is called well before `announce`.
const ATTRIBUTE = 'data-announcer';

function region(): HTMLElement {
  let element = document.querySelector<HTMLElement>(`[${ATTRIBUTE}]`);
  if (!element) {
    element = document.createElement('p');
    element.setAttribute(ATTRIBUTE, '');
    element.setAttribute('role', 'status');
    element.className = 'visually-hidden';
    document.body.append(element);
  }
  return element;
}

export const prepareAnnouncer = () => void region();

export function announce(text: string, lang: string) {
  const element = region();
  element.lang = lang;
  element.textContent = text;
}
