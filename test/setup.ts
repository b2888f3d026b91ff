import { configure } from '@testing-library/dom';

/**
 * Screens in component tests are found by waiting for them. On a machine busy
 * with other work (CI beside a build), a screen can take longer than the
 * default second to appear; waiting up to five never lets a wrong screen pass,
 * it only stops a slow right one from failing.
 */
configure({ asyncUtilTimeout: 5_000 });
