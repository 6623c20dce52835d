import { isDarkTheme, luminance } from '../../src/taskpane/environment';

describe('the Office theme', () => {
  it('is dark when the body background is dark', () => {
    expect(isDarkTheme({ bodyBackgroundColor: '#262626' })).toBe(true); // Dark Gray
    expect(isDarkTheme({ bodyBackgroundColor: '#000000' })).toBe(true); // Black
  });

  it('is light for light backgrounds and when Office does not say', () => {
    expect(isDarkTheme({ bodyBackgroundColor: '#E6E6E6' })).toBe(false); // Colorful
    expect(isDarkTheme({ bodyBackgroundColor: '#FFFFFF' })).toBe(false); // White
    expect(isDarkTheme(undefined)).toBe(false);
    expect(isDarkTheme({ bodyBackgroundColor: 'transparent' })).toBe(false);
  });

  it('computes WCAG relative luminance', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1, 5);
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#808080')).toBeCloseTo(0.2159, 3);
  });
});
