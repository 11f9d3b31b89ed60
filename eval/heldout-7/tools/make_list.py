"""Build corpus/list.csv from the real lists (read only): names/aliases exactly as the lists give them."""
import importlib.util, os
# id, schema, UN ref, OFAC ent_num, KAIST english names (METI native script / BIS EL), weak aliases (acronyms), country
SPEC = [
 ('L-001','Organization','KPe.001','9345',['Korea Mining Development Trading Corporation (KOMID)'],['KOMID'],'North Korea'),
 ('L-002','Organization','KPe.002','9347',['Korea Ryonbong General Corporation (KRGC)'],['KRGC'],'North Korea'),
 ('L-003','Organization','KPe.003','9346',['Tanchon Commercial Bank'],[],'North Korea'),
 ('L-004','Organization','KPe.021','19492',['Academy of National Defense Science'],[],'North Korea'),
 ('L-005','Organization','KPe.016','9527',['Korea Ryonha Machinery Joint Venture Corporation'],[],'North Korea'),
 ('L-006','Organization','KPe.029','19530',['National Aerospace Development Administration (NADA)'],['NATA','NADA'],'North Korea'),
 ('L-007','Organization','KPe.011','12220',['Korea Heungjin Trading Company'],[],'North Korea'),
 ('L-008','Person','KPi.066','23214',[],[],'North Korea'),
 ('L-009','Person','KPi.037','20575',[],[],'North Korea'),
 ('L-010','Organization','IRe.067','9349',['Shahid Hemmat Industrial Group (SHIG)','Shahid Hemmat Industrial Group'],['SHIG'],'Iran'),
 ('L-011','Organization','IRe.017','10388',['Fajr Industrial Group'],[],'Iran'),
 ('L-012','Organization','IRe.043','10389',['Mizan Machinery Manufacturing (3M)'],['3MG'],'Iran'),
 ('L-013','Organization','IRe.076','9764',['Ya Mahdi Industries Group'],[],'Iran'),
 ('L-014','Organization','IRe.060','10975',['Safety Equipment Procurement (SEP)'],['SEP'],'Iran'),
 ('L-015','Person','IRi.009','10581',[],[],'Iran'),
 ('L-016','Person','IRi.015','10583',[],[],'Iran'),
 ('L-017','Organization',None,'15486',['Army Supply Bureau'],[],'Syria'),
 ('L-018','Organization',None,'13373',['Mechanical Construction Factory (MCF)'],['MCF'],'Syria'),
 ('L-019','Organization',None,'10130',['National Standards and Calibration Laboratory (NSCL)'],['NSCL'],'Syria'),
 ('L-020','Person',None,'15488',[],[],'Syria'),
 ('L-021','Organization',None,None,['National Engineering and Scientific Commission (NESCOM)'],['NESCOM'],'Pakistan'),
 ('L-022','Organization',None,None,['Air Weapons Complex (AWC)'],['AWC'],'Pakistan'),
 ('L-023','Organization',None,'52051',['Akhtar and Sons Private Limited'],[],'Pakistan'),
 ('L-024','Organization',None,None,['Innovative Equipment (Private) Limited'],[],'Pakistan'),
 ('L-025','Organization',None,'48620',[],[],'China'),
 ('L-026','Organization',None,'48621',[],[],'China'),
 ('L-027','Organization',None,'48622',[],[],'China'),
 ('L-028','Organization',None,'42896',['ZHEJIANG QINGJI IND. CO., LTD'],[],'China'),
 ('L-029','Person',None,'42898',[],[],'China'),
 ('L-030','Person',None,'42897',[],[],'China'),
 ('L-031','Organization',None,'37662',['Moscow Institute of Thermal Technology'],['MITT'],'Russia'),
 ('L-032','Organization',None,'16884',['Military Industrial Corporation NPO Mashinostroenia JSC','Joint Stock Company Military-Industrial Corporation NPO Mashinostroyenia'],[],'Russia'),
 ('L-033','Organization',None,'35344',['Joint Stock Company State Missile Center Named After Akademika V.P. Makeyeva'],[],'Russia'),
 ('L-034','Person',None,'40188',[],[],'Russia'),
 ('L-035','Organization',None,'9348',['Aerospace Industries Organization (AIO)'],['AIO'],'Iran'),
]
# the builder is heldout-6's, used as it is with this set's spec
_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'heldout-6', 'tools', 'make_list.py')
_spec = importlib.util.spec_from_file_location('heldout6_make_list', _path)
_builder = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_builder)

if __name__ == '__main__':
    _builder.main(SPEC)
