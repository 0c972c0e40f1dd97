import {
  to = awscc_amplify_domain.example
  id = "arn"
}