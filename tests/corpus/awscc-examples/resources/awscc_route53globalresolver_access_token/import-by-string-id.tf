import {
  to = awscc_route53globalresolver_access_token.example
  id = "access_token_id"
}