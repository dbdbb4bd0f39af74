/** An address as a link shows it: "kindertelefoon.nl" for "https://www.kindertelefoon.nl/". */
export const shortAddress = (url: string) => url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
