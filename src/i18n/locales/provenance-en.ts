/** Where a row comes from, said by the atlas in the reader's language. */
export const provenanceEn = {
  register: 'Declared by the municipality, approved on {{date}}',
};
