resource "awscc_resourceexplorer2_index" "example" {
  type = "LOCAL"
}
