resource "awscc_servicecatalog_tag_option" "example" {
  key    = "Environment"
  value  = "example"
  active = true
}