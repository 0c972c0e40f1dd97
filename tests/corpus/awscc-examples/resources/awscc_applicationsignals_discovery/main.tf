resource "awscc_applicationsignals_discovery" "example" {
}