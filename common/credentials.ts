/** A LibreLinkUp follower account's sign-in, as the sign-in form sends it and core uses it. */
export interface Credentials {
  email: string;
  password: string;
}
