import {
  to = awscc_amplify_branch.example
  id = "arn"
}