import {
  to = awscc_lakeformation_tag_association.example
  identity = {
    resource_identifier = "resource_identifier"
    tags_identifier     = "tags_identifier"
  }
}
