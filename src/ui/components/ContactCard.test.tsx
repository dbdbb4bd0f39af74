import { cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contentFlow } from '../../content/contentFlow.ts';
import { shipFlow } from '../../content/shipFlow.ts';
import { loadResultWords, startI18n, switchLanguage } from '../../i18n/i18n.ts';
import { languages } from '../../i18n/languages.ts';
import { ContactCard } from './ContactCard.tsx';
import { shortDate } from '../../result/shortDate.ts';
import { plainText } from '../../i18n/taggedText.ts';

// As scripts/flowPlugin.ts ships it: the day its facts were checked, and the day a published mobile's page was read.
const shipped = (id: string) => shipFlow(contentFlow).contacts.find((c) => c.id === id)!;
// What a screen reader says for a text with marks (TaggedText): the words, without the marks. A call link's
// number carries no-break spaces and word joiners around its dashes (it never breaks over two lines): said alike.
const said = (key: string, values: Record<string, string>) => {
  const words = i18next.t(key, values).replace(/<\/?(nl|hidden)>/g, '');
  return (name: string) => name.replace(/[\u2060]/g, '').replace(/\u00a0/g, ' ') === words;
};
// A Wednesday noon in Amsterdam: CoMensha is open.
const now = new Date('2026-11-25T11:00:00Z');

beforeAll(async () => {
  await startI18n('nl');
  await loadResultWords('nl');
});
afterEach(cleanup);

describe.each(languages)('a contact card in %s', (language) => {
  it('with hours: the name, a call link in +31 form, 24/7 and the day it was checked', async () => {
    await switchLanguage(language);
    render(<ContactCard contact={shipped('csg')} now={now} />);
    expect(screen.getByRole('heading', { name: 'Centrum Seksueel Geweld' })).toBeInTheDocument();
    // The call link names the organisation (said in Dutch), so that a list of links tells numbers apart.
    const call = screen.getByRole('link', { name: said('ui.contact.call', { name: 'Centrum Seksueel Geweld', number: '0800-0188' }) });
    expect(call).toHaveAttribute('href', 'tel:+318000188');
    expect(call.querySelector('[lang="nl"]')).toHaveTextContent('Centrum Seksueel Geweld');
    expect(screen.getByText(i18next.t('ui.hours.always'))).toBeInTheDocument();
    expect(screen.getByText(/1.*2026/)).toBeInTheDocument();
  });

  it('with weekly hours: open now, and the e-mail as a mailto link', async () => {
    await switchLanguage(language);
    render(<ContactCard contact={shipped('comensha')} now={now} />);
    expect(screen.getByText(i18next.t('ui.hours.openNow'))).toBeInTheDocument();
    expect(screen.getByRole('link', { name: i18next.t('ui.contact.mail', { address: 'info@comensha.nl' }) })).toHaveAttribute(
      'href',
      'mailto:info@comensha.nl',
    );
  });

  it('without hours where the only sources are old: never reads as open day and night, and offers its chat', async () => {
    await switchLanguage(language);
    const { container } = render(<ContactCard contact={shipped('kindertelefoon')} now={now} />);
    expect(screen.getByRole('link', { name: said('ui.contact.call', { name: 'De Kindertelefoon', number: '0800-0432' }) })).toHaveAttribute(
      'href',
      'tel:+318000432',
    );
    expect(container.querySelector('.hours')).toBeNull();
    expect(screen.queryByText(i18next.t('ui.hours.always'))).toBeNull();
    expect(container.textContent).toContain(plainText(i18next.t('contact.note.not-at-night')));
    expect(container.querySelector('a[data-chat]')).toHaveAttribute('href', 'https://www.kindertelefoon.nl');
    expect(screen.getByText(i18next.t('contact.anonymous.call-and-chat'))).toBeInTheDocument();
  });

  it('says what it offers without a name exactly: advice at Veilig Thuis, a report (and no advice) at Meld Misdaad Anoniem', async () => {
    await switchLanguage(language);
    const { unmount } = render(<ContactCard contact={shipped('veilig-thuis')} now={now} />);
    expect(screen.getByText(i18next.t('contact.anonymous.advice'))).toBeInTheDocument();
    unmount();
    const { container } = render(<ContactCard contact={shipped('meld-misdaad-anoniem')} now={now} />);
    expect(screen.getByText(i18next.t('contact.anonymous.report'))).toBeInTheDocument();
    expect(container.textContent).toContain(plainText(i18next.t('contact.note.no-advice')));
    expect(screen.queryByText(i18next.t('contact.anonymous.advice'))).toBeNull();
  });

  it('leads the IJsselland trafficking card with the regional number, then the e-mail, then the named mobiles, dated once', async () => {
    await switchLanguage(language);
    const { container } = render(<ContactCard contact={shipped('vt-ijsselland-mensenhandel')} now={now} />);
    const links = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    // No answer on a mobile? The regional number once more, last.
    expect(links).toEqual(['tel:+31882032900', 'mailto:mensenhandel@vtij.nl', 'tel:+31611414026', 'tel:+31651569960', 'tel:+31882032900']);
    expect(container.textContent).toContain(plainText(i18next.t('contact.label.regional-number')));
    const published = plainText(
      i18next.t('ui.contact.publishedBy', { count: 2, name: 'Staphorst', date: shortDate('2026-11-25', language) }),
    );
    // Both mobiles are from the same page of the municipality: one line says so, after the second of them.
    const text = container.textContent!;
    expect(text.split(published)).toHaveLength(2);
    expect(text).toContain('Karin Wielandt');
    expect(text.indexOf(published)).toBeGreaterThan(text.indexOf('Karin Wielandt'));
    expect(container.textContent).toContain(i18next.t('ui.contact.noAnswer'));
  });

  it('says why this contact in words for the person themself, not "if you suspect it", where the card has them', async () => {
    await switchLanguage(language);
    for (const id of ['vt-ijsselland', 'vt-ijsselland-mensenhandel', 'vt-flevoland-mensenhandel']) {
      const self = render(<ContactCard contact={shipped(id)} now={now} answers={{ role: 'self', age: 'adult' }} />);
      expect(self.container.textContent).toContain(plainText(i18next.t(`contact.${id}.whySelf`)));
      expect(self.container.textContent).not.toContain(plainText(i18next.t(`contact.${id}.why`)));
      cleanup();
      const host = render(<ContactCard contact={shipped(id)} now={now} answers={{ role: 'host', age: 'adult' }} />);
      expect(host.container.textContent).toContain(plainText(i18next.t(`contact.${id}.why`)));
      cleanup();
    }
  });

  it('says "if you are under 18" to someone about themself who would rather not say their age', async () => {
    await switchLanguage(language);
    const { container } = render(<ContactCard contact={shipped('kindertelefoon')} now={now} answers={{ role: 'self', age: 'unknown' }} />);
    expect(container.textContent).toContain(plainText(i18next.t('contact.note.if-under-18')));
    cleanup();
    const child = render(<ContactCard contact={shipped('kindertelefoon')} now={now} answers={{ role: 'self', age: '12-18' }} />);
    expect(child.container.textContent).not.toContain(plainText(i18next.t('contact.note.if-under-18')));
  });
});
