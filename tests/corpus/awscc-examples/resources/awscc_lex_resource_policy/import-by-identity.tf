import {
  to = awscc_lex_resource_policy.example
  identity = {
    id = "id"
  }
}
