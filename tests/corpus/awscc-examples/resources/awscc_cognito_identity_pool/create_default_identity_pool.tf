resource "awscc_cognito_identity_pool" "default-test-pool" {
  allow_unauthenticated_identities = false
}