import type { ThemeId } from '@tc/model';

/** The four themes with their usual labels and the Technician Commitment's own definitions. */
export const THEME_DEFINITIONS: Readonly<Record<ThemeId, { label: string; definition: string }>> = {
  visibility: {
    label: 'Visibility',
    definition:
      'Ensure that all technicians within the organisation are identifiable and that the contribution of technicians is visible within and beyond the institution.',
  },
  recognition: {
    label: 'Recognition',
    definition: 'Support technicians to gain recognition through professional registration and external awards schemes.',
  },
  'career-development': {
    label: 'Career Development',
    definition: 'Enable career progression opportunities for technicians through the provision of clear, documented career pathways.',
  },
  sustainability: {
    label: 'Sustainability',
    definition:
      'Ensure the future sustainability of technical skills across the organisation and that technical expertise is fully utilised.',
  },
};
