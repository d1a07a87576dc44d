/** The import page's sections (towers, equipment) and template links; part of `pt-br.ts`. */
export const csvImportPtBR = {
  pageTitle: 'Importar torres e equipamentos',
  order: 'Importe primeiro as torres e depois os equipamentos: o uplink de uma torre é o host de um equipamento, que pode ainda não existir; ele vira o uplink quando o equipamento for cadastrado.',
  towersTitle: 'Torres',
  towersIntro: 'Cole um CSV ou escolha um arquivo. Uma torre é reconhecida pelo código (ou pelo nome, quando não tem código) e atualizada; as demais são criadas. Se houver erro em qualquer linha, nada é gravado.',
  devicesTitle: 'Equipamentos',
  template: 'Baixar modelo',
  exportTowers: 'Exportar torres',
  exportDevices: 'Exportar equipamentos',
};
