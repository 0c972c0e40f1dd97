import {
  to = awscc_amplify_domain.example
  identity = {
    arn = "arn"
  }
}
