import {
  to = awscc_codeartifact_package_group.example
  id = "arn"
}