import { ButtonLink } from '../components/Button.js';
import { PageHeader } from '../components/PageHeader.js';
import { PLACES } from '../../core/practices/catalogue.js';

/** After an account is deleted. */
export function GoodbyeScreen() {
  return (
    <div className="narrow stack-l">
      <PageHeader title="Your account is deleted">
        <p>Your account and everything in it are gone.</p>
        <p>If you kept an export, it is still wherever you saved it, and it is yours.</p>
      </PageHeader>
      <p>Thank you for spending time here. Take good care of yourself.</p>
      <div className="button-row">
        <ButtonLink to={PLACES.signUp}>Create a new account</ButtonLink>
        <ButtonLink to={PLACES.about} variant="quiet">
          About Haven
        </ButtonLink>
      </div>
    </div>
  );
}
