import { api, must } from '../../api/client';
import { signIn } from '../../shared/session';

/**
 * Signs in with a token once the server has said whom it stands for: the role, county and
 * platform come from the server's reading of it (a provider's claims and role map are the
 * server's to interpret), and a token it would refuse is refused here, with its problem.
 */
export async function enterWith(token: string): Promise<void> {
  const actor = await must(api.GET('/api/v1/sign-in/me', { headers: { Authorization: `Bearer ${token}` } }));
  signIn(token, actor);
}
