import { describe, expect, it } from 'vitest';
import { informativeCaption, isCreditOnly, withoutCredit } from '../../core/caption-text';

describe('credits', () => {
  it('knows a line that is only a credit', () => {
    for (const credit of [
      'Photo: AP',
      '(Getty Images)',
      'Getty Images',
      'Jane Doe/Reuters',
      'Kevin Frayer / Getty Images',
      '(Raquel Cunha, Reuters)',
      'Photograph: Jane Doe for The Guardian',
      'Image copyright @BigMachine',
      'Credit: Ashraf Shazly/Agence France-Presse — Getty Images',
      '© 2024 Jane Doe',
      'Photo by Jane Doe on Unsplash',
      'Foto: dpa',
      '(Walt Disney Co.)',
      'Jason Cipriani/ZDNet',
      '(Image credit: All About Space)',
      'Imagen: Télam',
      'Quelle: picture alliance',
    ]) {
      expect(isCreditOnly(credit), credit).toBe(true);
    }
  });

  it('never takes a sentence or a name for a credit', () => {
    for (const caption of [
      'Credit card fraud is rising',
      'Photos of the flood show the damage',
      'Video shows the moment the bridge fell',
      'Barack Obama',
      'Source of the river Thames',
      'The view from the summit',
    ]) {
      expect(isCreditOnly(caption), caption).toBe(false);
    }
  });
});

describe('withoutCredit', () => {
  it('takes the credit off the end of a caption', () => {
    expect(withoutCredit('Protesters march in Paris. (AP Photo/Michel Euler)')).toBe('Protesters march in Paris.');
    expect(withoutCredit('Protesters march in Paris. Photo: Michel Euler/AP')).toBe('Protesters march in Paris.');
    expect(
      withoutCredit('Aid trucks wait at the border on Monday.CreditAshraf Shazly/Agence France-Presse — Getty Images'),
    ).toBe('Aid trucks wait at the border on Monday.');
    expect(withoutCredit('Image caption Scooter Braun has managed Justin Bieber')).toBe(
      'Scooter Braun has managed Justin Bieber',
    );
    expect(withoutCredit('The mayor, right, and her deputy | Reuters')).toBe('The mayor, right, and her deputy');
    expect(withoutCredit('Air pollution in Delhi remains “unhealthy” this week. Berkeley Earth')).toBe(
      'Air pollution in Delhi remains “unhealthy” this week.',
    );
    expect(
      withoutCredit('Rep. Ilhan Omar, D-Minn., speaks at the Capitol on July 25, 2019.J. Scott Applewhite / AP file'),
    ).toBe('Rep. Ilhan Omar, D-Minn., speaks at the Capitol on July 25, 2019.');
    expect(withoutCredit('Not all duvets have real feathers in them. (Photo: Getty Images')).toBe(
      'Not all duvets have real feathers in them.',
    );
    expect(withoutCredit('Not all duvets have real feathers. (Photo: Getty Images) Getty')).toBe(
      'Not all duvets have real feathers.',
    );
  });

  it('keeps a second sentence that is not a list of names', () => {
    expect(withoutCredit('Protesters gathered in Paris. The march drew thousands.')).toBe(
      'Protesters gathered in Paris. The march drew thousands.',
    );
  });

  it('leaves a caption without a credit as it is', () => {
    expect(withoutCredit('Barack Obama and Joe Biden (2012)')).toBe('Barack Obama and Joe Biden (2012)');
    expect(withoutCredit('She gave him credit for the rescue.')).toBe('She gave him credit for the rescue.');
    expect(withoutCredit('Swimmers train in the new pool')).toBe('Swimmers train in the new pool');
  });
});

describe('informativeCaption', () => {
  it('is the caption without its credit, or null when only a credit is left', () => {
    expect(informativeCaption('Rescuers reach the village. (Jane Doe, Reuters)')).toBe('Rescuers reach the village.');
    expect(informativeCaption('Photo: Jane Doe/Reuters')).toBeNull();
    expect(informativeCaption('  ')).toBeNull();
    expect(informativeCaption('2of4A shopper looks at extension cords.')).toBe('A shopper looks at extension cords.');
    expect(informativeCaption('Media playback is unsupported on your device')).toBeNull();
    expect(informativeCaption('Firmen- und Beziehungsgeflecht. Zum Vergrößern auf das Bild klicken.')).toBe(
      'Firmen- und Beziehungsgeflecht.',
    );
    expect(informativeCaption('The new route (click to enlarge)')).toBe('The new route');
    expect(informativeCaption('Click to enlarge')).toBeNull();
    expect(
      informativeCaption('Firmen- und Beziehungsgeflecht. Zum Vergrößern auf das Bild klicken. CC-BY-SA 2.0'),
    ).toBe('Firmen- und Beziehungsgeflecht.');
    expect(informativeCaption('CC BY-SA 4.0')).toBeNull();
  });
});
