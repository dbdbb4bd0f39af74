/** A CBS municipality code, "GM" and four digits: "GM0180" is Staphorst. The one pattern for it. */
export const municipalityCodePattern = /^GM\d{4}$/;

export const isMunicipalityCode = (value: string) => municipalityCodePattern.test(value);
