import {
  to = awscc_codestarconnections_repository_link.example
  id = "repository_link_arn"
}