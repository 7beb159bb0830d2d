import { InvalidRequestError } from '../../shared/errors';

/** The InvalidRequestError `parse` throws; fails the test when it throws nothing or something else. */
export function invalidRequestOf(parse: () => unknown): InvalidRequestError {
  try {
    parse();
  } catch (error) {
    if (error instanceof InvalidRequestError) return error;
    throw error;
  }
  throw new Error('expected the input to be rejected');
}
