import {
  to = awscc_servicecatalog_tag_option.example
  identity = {
    id = "id"
  }
}
