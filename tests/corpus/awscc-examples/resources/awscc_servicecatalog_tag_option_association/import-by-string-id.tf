import {
  to = awscc_servicecatalog_tag_option_association.example
  id = "tag_option_id|resource_id"
}