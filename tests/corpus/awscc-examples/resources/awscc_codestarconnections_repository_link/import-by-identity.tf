import {
  to = awscc_codestarconnections_repository_link.example
  identity = {
    repository_link_arn = "repository_link_arn"
  }
}
