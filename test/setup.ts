import fc from 'fast-check';
import { configure } from '@testing-library/dom';

/**
 * Screens in component tests are found by waiting for them. On a machine busy
 * with other work (CI beside a build), a screen can take longer than the
 * default second to appear; waiting up to five never lets a wrong screen pass,
 * it only stops a slow right one from failing.
 */
configure({ asyncUtilTimeout: 5_000 });

/**
 * A property that fails and then shrinks without end (an example its schema
 * cannot read back unchanged) once ran a CI worker out of memory, silently.
 * Any property run is stopped after a minute and reported as a failure, with
 * its seed, instead.
 */
fc.installGlobalPlugin(fc.interruptAfterTimeLimit(60_000, { failOnInterrupt: true }));
