import {
  to = awscc_lakeformation_tag.example
  identity = {
    tag_key = "tag_key"
  }
}
