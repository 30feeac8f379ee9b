// Code colours with at least 4.5:1 contrast (WCAG AA) against the code
// background, also on a highlighted line (custom.css): prism-react-renderer's
// vsLight and dracula, with the token colours that fell short darkened
// (light) or lightened (dark).
import { themes, type PrismTheme } from 'prism-react-renderer';

function recolour(theme: PrismTheme, colours: Record<string, string>): PrismTheme {
  return {
    ...theme,
    styles: theme.styles.map((entry) => {
      const colour = entry.types.map((type) => colours[type]).find(Boolean);
      return colour ? { ...entry, style: { ...entry.style, color: colour } } : entry;
    }),
  };
}

export const lightCodeTheme = recolour(themes.vsLight, {
  comment: '#007000', // was rgb(0, 128, 0): 4.1:1 on a highlighted line
  builtin: '#005fa3', // was rgb(0, 112, 193)
  number: '#05734b', // was rgb(9, 134, 88)
  'class-name': '#1c6a80', // was rgb(38, 127, 153)
  'attr-name': '#c80000', // was rgb(255, 0, 0): 4.0:1
});

export const darkCodeTheme = recolour(themes.dracula, {
  comment: '#a3acd3', // was rgb(98, 114, 164): 3.0:1
});
