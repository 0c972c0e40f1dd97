import {
  to = awscc_route53globalresolver_access_token.example
  identity = {
    access_token_id = "access_token_id"
  }
}
