import {
  to = awscc_lakeformation_tag_association.example
  id = "resource_identifier|tags_identifier"
}