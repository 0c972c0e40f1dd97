import {
  to = awscc_servicecatalog_tag_option_association.example
  identity = {
    tag_option_id = "tag_option_id"
    resource_id   = "resource_id"
  }
}
