import {
  to = awscc_amplify_branch.example
  identity = {
    arn = "arn"
  }
}
