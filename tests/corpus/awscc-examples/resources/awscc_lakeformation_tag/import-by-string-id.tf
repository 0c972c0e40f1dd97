import {
  to = awscc_lakeformation_tag.example
  id = "tag_key"
}