import { cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkedOn } from '../../content/checkedOn.ts';
import { contacts } from '../../../flows/contacts.ts';
import { loadResultWords, startI18n, switchLanguage } from '../../i18n/i18n.ts';
import { languages } from '../../i18n/languages.ts';
import { ContactCard } from './ContactCard.tsx';

const shipped = (id: string) => {
  const contact = contacts.find((c) => c.id === id)!;
  return { ...contact, checked: checkedOn(contact) };
};
// What a screen reader says for a text with marks (TaggedText): the words, without the marks.
const said = (key: string, values: Record<string, string>) => i18next.t(key, values).replace(/<\/?(nl|hidden)>/g, '');
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
    expect(screen.getByText(i18next.t('contact.note.not-at-night'))).toBeInTheDocument();
    expect(container.querySelector('a[data-chat]')).toHaveAttribute('href', 'https://www.kindertelefoon.nl');
    expect(screen.getByText(i18next.t('contact.anonymous.call-and-chat'))).toBeInTheDocument();
  });

  it('says what it offers without a name exactly: advice at Veilig Thuis, a report (and no advice) at Meld Misdaad Anoniem', async () => {
    await switchLanguage(language);
    const { unmount } = render(<ContactCard contact={shipped('veilig-thuis')} now={now} />);
    expect(screen.getByText(i18next.t('contact.anonymous.advice'))).toBeInTheDocument();
    unmount();
    render(<ContactCard contact={shipped('meld-misdaad-anoniem')} now={now} />);
    expect(screen.getByText(i18next.t('contact.anonymous.report'))).toBeInTheDocument();
    expect(screen.getByText(i18next.t('contact.note.no-advice'))).toBeInTheDocument();
    expect(screen.queryByText(i18next.t('contact.anonymous.advice'))).toBeNull();
  });

  it('leads the IJsselland trafficking card with the team, the named mobiles after it', async () => {
    await switchLanguage(language);
    render(<ContactCard contact={shipped('vt-ijsselland-mensenhandel')} now={now} />);
    const links = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(links).toEqual(['mailto:mensenhandel@vtij.nl', 'tel:+31882032900', 'tel:+31611414026', 'tel:+31651569960']);
    expect(screen.getAllByText(i18next.t('ui.contact.publishedBy', { name: 'Staphorst' }))).toHaveLength(2);
  });
});
